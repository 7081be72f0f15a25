#include "core/Clock.h"
