package org.tipevidence.jobs.report;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import com.github.mustachejava.MustacheException;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import org.tipevidence.common.report.Text;

/**
 * Renders the page template with mustache.java. Every {@code {{value}}} goes through {@link
 * Text#html} (formula-neutralised, then HTML-escaped), so no text from the data can become markup;
 * only the SVG charts are inserted raw ({@code {{{svg}}}}).
 */
final class ReportPage {
  private static final String TEMPLATE = "org/tipevidence/jobs/report/report.mustache";
  private static final Mustache PAGE = compile();

  private ReportPage() {}

  static String render(PageModel.Page page) {
    StringWriter out = new StringWriter();
    PAGE.execute(out, page);
    return out.toString();
  }

  private static Mustache compile() {
    DefaultMustacheFactory factory =
        new DefaultMustacheFactory() {
          @Override
          public void encode(String value, Writer writer) {
            try {
              writer.write(Text.html(value));
            } catch (IOException e) {
              throw new MustacheException("cannot write the report", e);
            }
          }
        };
    try {
      return factory.compile(TEMPLATE);
    } catch (MustacheException e) {
      throw new UncheckedIOException(new IOException("report template " + TEMPLATE, e));
    }
  }
}
