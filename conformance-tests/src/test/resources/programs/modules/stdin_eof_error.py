# stdin: only line
print(input())
try:
    input()
except EOFError as e:
    print("EOFError:", e)
