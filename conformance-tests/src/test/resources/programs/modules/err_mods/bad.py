from err_mods import state
state.attempts += 1
attempt = state.attempts
print("bad: attempt", attempt)
if attempt == 1:
    only_first = True
    raise ValueError("first import fails")
done = True
