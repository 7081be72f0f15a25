#include "widgets/common/Page.h"
