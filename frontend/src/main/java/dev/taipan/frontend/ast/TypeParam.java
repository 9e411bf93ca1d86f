package dev.taipan.frontend.ast;

/** CPython 3.12's {@code type_param} sum type. */
public sealed interface TypeParam extends Located
    permits TypeParam.TypeVar, TypeParam.ParamSpec, TypeParam.TypeVarTuple {

  record TypeVar(String name, /* nullable */ Expr bound, Span span) implements TypeParam {}

  record ParamSpec(String name, Span span) implements TypeParam {}

  record TypeVarTuple(String name, Span span) implements TypeParam {}
}
