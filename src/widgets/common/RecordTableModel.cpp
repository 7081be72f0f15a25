#include "widgets/common/RecordTableModel.h"

namespace ga {

int RecordListModel::rowOfId(qint64 id) const
{
    for (int r = 0; r < rowCount(); ++r)
        if (idAt(r) == id)
            return r;
    return -1;
}

} // namespace ga
