# csv: an uncaught csv.Error is reported under CPython's name, _csv.Error.
import csv
import io
out = io.StringIO()
csv.writer(out, quoting=csv.QUOTE_NONE).writerow(["a", "b,c"])
