/**
 * {@link dev.taipan.frontend.dump.AstDump} prints a tree exactly as CPython 3.11's
 * {@code ast.dump(tree)} and {@code ast.dump(tree, include_attributes=True)} do (3.12's
 * {@code type_params} only when non-empty); {@link dev.taipan.frontend.dump.PyRepr} is Python's
 * {@code repr()} of constants.
 */
package dev.taipan.frontend.dump;
