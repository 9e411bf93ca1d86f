/**
 * Parsing Python source into CPython's AST.
 *
 * <p>Entry point: {@link dev.taipan.frontend.parse.SourceParser#parse(String, byte[])} decodes the
 * bytes as CPython does (UTF-8 BOM, PEP 263 cookie, else UTF-8), parses with the ANTLR grammar of
 * the {@code grammar} module (SLL prediction, full LL only when SLL fails) and builds the records
 * of {@code dev.taipan.frontend.ast}. It returns a {@link dev.taipan.frontend.parse.ParseResult}:
 * {@code Success(module, lines)} or {@code Failure(diagnostic, lines)} holding the first syntax
 * error CPython 3.11 reports, with its message and line. It never throws for bad input; deep
 * nesting ends in a result or a {@code TOO_COMPLEX} diagnostic.
 *
 * <p>Positions are CPython's: 1-based lines, columns in UTF-8 bytes, end positions as
 * {@code ast.parse} gives them, including the replacement fields of f-strings.
 * {@link dev.taipan.frontend.parse.LineMap} converts between byte columns and characters and
 * quotes source lines for diagnostics.
 *
 * <p>Known difference: a str constant that holds a lone high surrogate escape directly followed by
 * a lone low surrogate escape ({@code '\ud800\udc00'}) reads back as one code point, because a Java
 * String cannot tell the two apart.
 */
package dev.taipan.frontend.parse;
