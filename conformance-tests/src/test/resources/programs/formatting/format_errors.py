tests = [("{:d}", 1.5), ("{:s}", 1), ("{:,s}", "a"), ("{:=}", "a"), ("{:x}", "a"), ("{:.2d}", 3)]
for spec, v in tests:
    try:
        print(spec.format(v))
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
