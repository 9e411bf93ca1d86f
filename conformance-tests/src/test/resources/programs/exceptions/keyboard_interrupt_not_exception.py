try:
    try:
        raise KeyboardInterrupt
    except Exception:
        print("wrong: caught as Exception")
except BaseException as e:
    print("BaseException caught:", type(e).__name__)
