def run(x):
    log = []
    try:
        log.append("try")
        if x == 1:
            raise ValueError("one")
        if x == 2:
            raise KeyError("two")
    except ValueError as e:
        log.append(f"except {e}")
    else:
        log.append("else")
    finally:
        log.append("finally")
    return log
print(run(0))
print(run(1))
try:
    run(2)
except KeyError as e:
    print("escaped", repr(e))
