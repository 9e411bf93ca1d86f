Point = type("Point", (), {"x": 1, "describe": lambda self: f"x={self.x}"})
print(Point().describe(), Point.__name__)
