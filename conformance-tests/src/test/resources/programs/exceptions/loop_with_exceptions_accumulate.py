data = ["1", "2", "x", "4", "", "6.5"]
total = 0
errors = []
for s in data:
    try:
        total += int(s)
    except ValueError as e:
        errors.append(str(e))
        continue
    finally:
        total += 0
print(total)
print(errors)
