# raise ... from ...: "The above exception was the direct cause of the following exception:".
class ConfigError(Exception):
    pass


def read(config, key):
    try:
        return config[key]
    except KeyError as e:
        raise ConfigError(f"no {key!r} in config") from e


def main():
    config = {"a": 1}
    print(read(config, "a"))
    print(read(config, "b"))


main()
