# __file__ is the module's path where the program runs, which the build cannot know: routed.
import os

print(os.path.basename(__file__))
