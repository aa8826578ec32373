package org.tipevidence.common.catalogue.mapping;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import org.tipevidence.common.catalogue.SdgCatalogue;
import org.tipevidence.common.catalogue.SdgCatalogueLoader;

/**
 * Reads a project's indicator-mapping file (e.g. {@code sample-data/indicator-map.json}) and checks
 * it with {@link MappingChecker}. Unreadable files are reported as problems too, so a caller has a
 * single error path: {@code if (!result.ok()) print(result.problems()); exit 2}.
 */
public final class IndicatorMappingLoader {
  private IndicatorMappingLoader() {}

  /** Loads and checks against the default (shipped) catalogue. */
  public static MappingLoadResult load(Path file) {
    return load(file, SdgCatalogueLoader.loadDefault());
  }

  /** Loads and checks against {@code catalogue}. */
  public static MappingLoadResult load(Path file, SdgCatalogue catalogue) {
    String name = file.toString();
    String text;
    try {
      byte[] bytes = Files.readAllBytes(file);
      text = StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes)).toString();
      if (text.startsWith("\uFEFF")) {
        text = text.substring(1);
      }
    } catch (NoSuchFileException e) {
      return unreadable(name, "mapping file not found", "check the path, or create the file");
    } catch (CharacterCodingException e) {
      return unreadable(name, "the file is not valid UTF-8", "save the file as UTF-8");
    } catch (IOException e) {
      return unreadable(name, "cannot read the file: " + e.getMessage(), "check permissions");
    }
    return MappingChecker.parse(text, name, catalogue);
  }

  /** Checks mapping JSON text (file name only used in messages). */
  public static MappingLoadResult parse(String json, String file, SdgCatalogue catalogue) {
    return MappingChecker.parse(json, file, catalogue);
  }

  private static MappingLoadResult unreadable(String file, String message, String fix) {
    return new MappingLoadResult(
        null,
        List.of(new MappingProblem(file, "$", MappingProblem.Kind.UNREADABLE_FILE, message, fix)));
  }
}
