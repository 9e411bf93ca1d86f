package dev.taipan.frontend.ast;

/** CPython's {@code pattern} sum type: each variant is a record named and shaped as in {@code Python.asdl}. */
public sealed interface Pattern extends Located
    permits Pattern.MatchValue,
        Pattern.MatchSingleton,
        Pattern.MatchSequence,
        Pattern.MatchMapping,
        Pattern.MatchClass,
        Pattern.MatchStar,
        Pattern.MatchAs,
        Pattern.MatchOr {

  record MatchValue(Expr value, Span span) implements Pattern {}

  record MatchSingleton(ConstantValue value, Span span) implements Pattern {}

  record MatchSequence(java.util.List<Pattern> patterns, Span span) implements Pattern {}

  record MatchMapping(java.util.List<Expr> keys, java.util.List<Pattern> patterns, /* nullable */ String rest, Span span) implements Pattern {}

  record MatchClass(Expr cls, java.util.List<Pattern> patterns, java.util.List<String> kwdAttrs, java.util.List<Pattern> kwdPatterns, Span span) implements Pattern {}

  record MatchStar(/* nullable */ String name, Span span) implements Pattern {}

  record MatchAs(/* nullable */ Pattern pattern, /* nullable */ String name, Span span) implements Pattern {}

  record MatchOr(java.util.List<Pattern> patterns, Span span) implements Pattern {}
}
