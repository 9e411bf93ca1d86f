# string.Template: substitute/safe_substitute, errors, subclasses with their own delimiter and patterns.
from string import Template
import string
t = Template("$who likes $what, ${who}s pay $$5. ${x}y")
print(t.substitute(who="tim", what="kung pao", x=1), t.safe_substitute(who="ann"))
print(t.substitute({"who": "a", "what": "b", "x": "c"}, what="override"))
print(t.get_identifiers(), t.is_valid(), Template("$ bad").is_valid(), t.template)
for bad in ("$who $", "line1\n  $1x", "${unclosed"):
    try:
        Template(bad).substitute(who="w")
    except ValueError as e:
        print("ValueError:", e)
    print(Template(bad).safe_substitute(who="w"))
try:
    t.substitute(who="x")
except KeyError as e:
    print("KeyError:", e)
class Percent(Template):
    delimiter = "%"
    idpattern = "[a-z]+"
print(Percent("%name is %% 100%").safe_substitute(name="P"), Percent.pattern.pattern.split()[0])
class Braces(Template):
    braceidpattern = r"[a-z ]+"
print(Braces("${two words} $one").substitute({"two words": 2, "one": 1}))
print(Template("$ı $K").safe_substitute(), string.capwords(" hello   world "), isinstance(Template.pattern, type(Percent.pattern)))
