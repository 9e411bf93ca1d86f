package dev.taipan.frontend.parse;

/**
 * The Python grammar a source is read with. Programs are Python 3.11 (the semantics Taipan
 * reproduces and Pyodide 0.25's interpreter), so 3.12-only syntax is a syntax error there; the
 * AST still models 3.12's type parameters and type aliases for tools that read 3.12 sources.
 */
public enum LanguageVersion {
  PYTHON_3_11,
  PYTHON_3_12
}
