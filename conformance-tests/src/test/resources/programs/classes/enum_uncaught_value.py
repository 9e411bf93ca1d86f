from enum import Enum
class Level(Enum):
    LOW = 1
    HIGH = 2
print(Level(1), Level.HIGH.value)
Level(5)
