package dev.taipan.frontend.scope;

import dev.taipan.frontend.ast.Span;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One symbol table (CPython's {@code PySTEntryObject}): the names of a module, class, function,
 * lambda or comprehension body, filled by {@link CollectSymbols} and finished by {@link ResolveScopes}.
 */
public final class Scope {
  private final ScopeKind kind;
  private final String name;
  private final Object node;
  private final Span span;
  private final Scope parent;
  private final boolean nested;
  private final String privateName;
  private final List<Scope> children = new ArrayList<>();
  final Map<String, Integer> flags = new LinkedHashMap<>();
  final Map<String, SymbolScope> scopes = new LinkedHashMap<>();
  final Map<String, Span> directives = new LinkedHashMap<>();
  private final List<String> parameters = new ArrayList<>();
  boolean generator;
  boolean coroutine;
  boolean needsClassClosure;
  boolean hasFree;
  boolean childHasFree;
  boolean compIterTarget;
  int compIterExpr;

  Scope(ScopeKind kind, String name, Object node, Span span, Scope parent, String privateName) {
    this.kind = kind;
    this.name = name;
    this.node = node;
    this.span = span;
    this.parent = parent;
    this.nested = parent != null && (parent.nested || parent.kind.isFunctionLike());
    this.privateName = privateName;
  }

  public ScopeKind kind() {
    return kind;
  }

  /** The block's name as CPython gives it: {@code top}, the def/class name, {@code lambda}, {@code listcomp}, ... */
  public String name() {
    return name;
  }

  /** The AST node that opens the block ({@code Mod.Module}, a def, a class, a lambda, a comprehension). */
  public Object node() {
    return node;
  }

  /** The opening node's position; {@code lineno} 0 for the module, as CPython reports. */
  public Span span() {
    return span;
  }

  public int lineno() {
    return span.lineno();
  }

  /** The enclosing scope, null for the module. */
  public Scope parent() {
    return parent;
  }

  /** Whether the block is nested inside a function-like block (CPython's {@code ste_nested}). */
  public boolean isNested() {
    return nested;
  }

  /** Nested blocks in the order CPython creates them. */
  public List<Scope> children() {
    return Collections.unmodifiableList(children);
  }

  /** Parameter names in declaration order (comprehensions have the implicit {@code .0}). */
  public List<String> parameters() {
    return Collections.unmodifiableList(parameters);
  }

  /** The symbols, in the order their names were first seen. */
  public List<Symbol> symbols() {
    List<Symbol> out = new ArrayList<>(flags.size());
    for (var e : flags.entrySet()) {
      out.add(new Symbol(e.getKey(), scopes.get(e.getKey()), e.getValue()));
    }
    return out;
  }

  /** The symbol for an already mangled name, or null if the block never mentions it. */
  public Symbol symbol(String mangledName) {
    Integer f = flags.get(mangledName);
    return f == null ? null : new Symbol(mangledName, scopes.get(mangledName), f);
  }

  /** The symbol for a name as written in the source; private names are mangled first. */
  public Symbol lookup(String sourceName) {
    return symbol(mangle(sourceName));
  }

  /** The name as stored in the tables: {@code __x} inside a class body or method becomes {@code _C__x}. */
  public String mangle(String sourceName) {
    return NameMangling.mangle(privateName, sourceName);
  }

  /** Whether the body contains {@code yield} (or is a generator expression). */
  public boolean isGenerator() {
    return generator;
  }

  /** Whether the block is a coroutine ({@code async def}, or a comprehension with {@code await}/async for). */
  public boolean isCoroutine() {
    return coroutine;
  }

  /** For a class: whether a method uses {@code super()} or {@code __class__}, so the class needs a cell. */
  public boolean needsClassClosure() {
    return needsClassClosure;
  }

  /** Whether the block or a nested block has free variables. */
  public boolean hasFreeVariables() {
    return hasFree || childHasFree;
  }

  String privateName() {
    return privateName;
  }

  void addChild(Scope child) {
    children.add(child);
  }

  void addParameter(String mangled) {
    parameters.add(mangled);
  }

  @Override
  public String toString() {
    return kind.pythonType() + " " + name + " (line " + lineno() + ")";
  }
}
