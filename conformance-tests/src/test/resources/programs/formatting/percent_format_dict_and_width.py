data = {"name": "Ann", "score": 93.456, "rank": 2}
print("%(name)-6s|%(score)8.2f|%(rank)03d" % data)
print("%5.1f%%" % 12.345, "%-8s|" % "left", "%+d %+d" % (5, -5), "% d" % 42)
