// libedit for the Shell, with the small C pieces Swift cannot express itself.
#include <stdio.h>
#include <editline/readline.h>
#include "readline_setters.h"
#include "terminal_input.h"
#include "terminal_size.h"
