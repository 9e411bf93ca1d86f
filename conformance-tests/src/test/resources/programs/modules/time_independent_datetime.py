import datetime
d = datetime.date(2024, 2, 28)
print(d + datetime.timedelta(days=2), d.isoformat(), d.weekday(), d.strftime("%d/%m/%Y"))
dt = datetime.datetime(2020, 1, 1, 12, 30)
print(dt, dt.replace(hour=0) - dt, (dt - datetime.datetime(2019, 12, 31)).total_seconds())
