package org.tipevidence.common.catalogue.mapping;

import java.util.ArrayList;
import java.util.List;

/** Problems of one file (or one entry of it), in the order found. */
final class Problems {
  private final String file;
  private final List<MappingProblem> list = new ArrayList<>();

  Problems(String file) {
    this.file = file;
  }

  void add(String path, MappingProblem.Kind kind, String message, String fix) {
    list.add(new MappingProblem(file, path, kind, message, fix));
  }

  String file() {
    return file;
  }

  /** The live list, for readers that append their own problems (see {@link ProgressFields}). */
  List<MappingProblem> list() {
    return list;
  }

  boolean isEmpty() {
    return list.isEmpty();
  }
}
