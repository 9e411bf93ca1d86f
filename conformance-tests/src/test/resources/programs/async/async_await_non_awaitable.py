async def main():
    await 5
c = main()
try:
    c.send(None)
except TypeError as e:
    print("TypeError:", e)
