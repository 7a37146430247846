// Both directions go through the command id that every record of a call shares.
#include "ui/pictures/sequence_link.h"

#include "ui/call_log_model.h"
#include "ui/hex_panel.h"
#include "ui/hex_view.h"
#include "ui/pictures/sequence_view.h"

#include <QItemSelectionModel>
#include <QTableView>

namespace spg::ui {

SequenceLink::SequenceLink(SequenceView* sequence, QTableView* log, CallLogFilter* filter,
                           CallLogModel* model, HexPanel* hex,
                           std::function<void(core::SocketId)> selectSocket, QObject* parent)
    : QObject(parent),
      m_sequence(sequence),
      m_log(log),
      m_filter(filter),
      m_model(model),
      m_hex(hex),
      m_selectSocket(std::move(selectSocket))
{
    connect(m_sequence, &SequenceView::callClicked, this, &SequenceLink::onCallClicked);
    connect(m_log->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex& index) { onLogRow(index); });
}

void SequenceLink::onCallClicked(core::CommandId command)
{
    m_busy = true;
    // The newest log row of the call: its completion when it blocked first.
    for (int row = m_model->rowCount() - 1; row >= 0; --row) {
        if (m_model->row(row).command != command)
            continue;
        const QModelIndex shown = m_filter->mapFromSource(m_model->index(row, 0));
        if (shown.isValid()) {
            m_log->setCurrentIndex(shown);
            m_log->scrollTo(shown);
        }
        break;
    }
    const int call = m_sequence->scene().callOf(command);
    if (call >= 0) {
        const LadderScene::Call& c = m_sequence->scene().call(call);
        m_selectSocket(c.socket);
        if (c.hasData && c.dataLength > 0) {
            m_hex->view()->goToOffset(c.dataOffset);
            m_hex->view()->setSelection(c.dataOffset, c.dataOffset + c.dataLength - 1);
        }
    }
    m_busy = false;
}

void SequenceLink::onLogRow(const QModelIndex& index)
{
    if (m_busy || !index.isValid())
        return;
    const QModelIndex source = m_filter->mapToSource(index);
    if (!source.isValid())
        return;
    m_sequence->selectCommand(m_model->row(source.row()).command);
}

} // namespace spg::ui
