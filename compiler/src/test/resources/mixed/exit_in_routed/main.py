import quitter

print("start", flush=False)
try:
    quitter.stop(0)
except SystemExit as e:
    print("caught exit", e.code)
quitter.stop(3)
print("not reached")
