for v in (float("nan"), float("inf"), -float("inf")):
    print(f"{v:8.2f}|{v:<8}|{v:+}|{v:e}|{v:%}|{v:08.1f}")
