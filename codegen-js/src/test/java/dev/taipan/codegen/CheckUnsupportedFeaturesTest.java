package dev.taipan.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.taipan.frontend.ast.Mod;
import dev.taipan.frontend.parse.ParseResult;
import dev.taipan.frontend.parse.SourceParser;
import java.util.List;
import org.junit.jupiter.api.Test;

class CheckUnsupportedFeaturesTest {
  private static List<String> found(String source) {
    Mod.Module m = ((ParseResult.Success) SourceParser.parse("t.py", source)).module();
    return CheckUnsupportedFeatures.find(m, name -> name.equals("sys")).stream()
        .map(u -> u.span().lineno() + ":" + u.span().colOffset() + " " + u.message())
        .toList();
  }

  @Test
  void dynamicCodeIsAlwaysReported() {
    assertEquals(List.of("1:0 exec() is not supported", "2:4 eval() is not supported"), found("exec('x = 1')\ny = eval('2')\n"));
  }

  @Test
  void frameIntrospectionIsReportedButMetaclassesAndTypeCallsAreNot() {
    assertEquals(
        List.of("4:0 frame introspection (_getframe) is not supported"),
        found("class A(metaclass=M):\n    pass\nB = type('B', (A,), {})\nsys._getframe()\n"));
  }

  @Test
  void enumFunctionalApiIsNotReported() {
    // The runtime's enum reads the caller's module from the stack, as CPython's frame lookup.
    assertEquals(
        List.of(),
        found("A = enum.Enum('A', 'X Y')\nB = Flag('B', names=['X'])\nC = Enum('C', 'X', module='m')\nD = Color(1)\n"));
  }

  @Test
  void codeObjectsAreReadOnlyForTheirSignatureAttributes() {
    assertEquals(
        List.of("3:0 code objects (__code__) is not supported", "4:4 code objects (__code__) is not supported",
            "5:0 code objects (__code__) is not supported"),
        found("f.__code__.co_argcount\nf.__code__.co_qualname\nf.__code__.co_varnames\nc = f.__code__\n"
            + "f.__code__.co_name = 'x'\n"));
  }

  @Test
  void subclassesOfIntFloatTupleStrAndBoolAndComplexLiteralsAreTranslated() {
    assertEquals(
        List.of(),
        found("class A(int): pass\nclass B(float): pass\nclass C(tuple): pass\nclass D(bool): pass\nclass E(str): pass\n"
            + "z = 1j + 2.5j\n"));
  }

  @Test
  void enumMemberTuplesOfBytesAndCodecNeedAnImplementedCodec() {
    assertEquals(
        List.of("3:8 codec 'cp1252' is not supported",
            "4:8 enum member (bytes, encoding) with an encoding that is not a string literal is not supported"),
        found("class E(StrEnum):\n    A = b'a', 'ascii'\n    B = b'b', 'cp1252'\n    C = b'c', enc\n"
            + "    D = 'x', 'y'\nclass P:\n    E = b'e', 'cp1252'\n"));
  }

  @Test
  void bytesWithImplementedCodecsHasNothingToReport() {
    assertEquals(List.of(),
        found("b = 'a'.encode()\nb.decode('Latin-1', 'replace')\n(1).to_bytes(1, 'big')\nbytes(3)\n"
            + "bytes('x', encoding='utf_16_le')\nstr(b, 'ascii', errors='surrogateescape')\nb'\\x00' + b\n"));
  }

  @Test
  void codecsTheRuntimeLacksAreReported() {
    assertEquals(
        List.of("1:0 codec 'cp1252' is not supported",
            "2:0 encode() with an encoding that is not a string literal is not supported",
            "3:0 error handler 'namereplace' with codec 'utf-8' is not supported",
            "5:0 error handler 'surrogateescape' with codec 'utf-16' is not supported",
            "6:0 codec 'utf.8' is not supported",
            "7:4 .encode used other than in a direct call is not supported",
            "8:0 decode() with unpacked arguments is not supported"),
        found("'a'.encode('cp1252')\n'a'.encode(e)\n'a'.encode(errors='namereplace')\nb''.decode(errors='bogus')\n"
            + "b''.decode('utf16', 'surrogateescape')\nstr(b'', 'utf.8')\nf = 'a'.encode\nb''.decode(*a)\n"));
  }

  @Test
  void openIsTranslatedWithTheCodecsOfTextFilesAndOnlyInADirectCall() {
    assertEquals(
        List.of("3:0 open() with codec 'utf-16' is not supported",
            "4:0 open() with codec 'cp1252' is not supported",
            "5:0 error handler 'surrogatepass' with codec 'utf-8' is not supported",
            "6:4 open used other than in a direct call is not supported",
            "7:0 open() with unpacked arguments is not supported"),
        found("open('f')\nopen('f', 'w', -1, 'Latin-1', 'replace', newline='')\nopen('f', encoding='utf-16')\n"
            + "open('f', 'r', -1, 'cp1252')\nopen('f', errors='surrogatepass')\ng = open\nopen(*a)\n"
            + "open('f', encoding=e, errors=None)\nopen('f', encoding='locale')\n"));
  }

  @Test
  void importsOfUnknownModulesAreReported() {
    assertEquals(List.of("2:7 import of module 'numpy' is not supported"), found("import sys\nimport numpy\n"));
  }

  @Test
  void plainCodeHasNothingToReport() {
    assertEquals(List.of(), found("def f(x, *a, k=1, **kw):\n    return [i for i in a if i > x]\n"));
  }
}
