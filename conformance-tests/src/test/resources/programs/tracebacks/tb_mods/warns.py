print("warns: body runs")
value = 7


def check(v):
    return v is 7
