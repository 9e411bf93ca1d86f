# An uncaught re.error: its qualified name and message on the traceback's last line.
import re
print(re.findall("[ab]+", "abcab"))
re.compile("(?P<name>x)(?P<name>y)")
