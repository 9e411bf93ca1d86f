# datetime.strptime and timetuple are not in the runtime's datetime: a program that reads them is
# routed at build time instead of failing with AttributeError when it runs.
from datetime import date, datetime

d = datetime.strptime("2021-03-04 05:06", "%Y-%m-%d %H:%M")
print(d, d.timetuple().tm_yday, date(2024, 12, 31).timetuple().tm_yday)
