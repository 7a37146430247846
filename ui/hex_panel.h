// A HexView with its toolbar: find bytes, go to an offset, the kept and dropped byte counts,
// and the Follow toggle. GUI thread only; the owner calls refresh() when bytes arrive.
#pragma once

#include "hex_source.h"

#include <QWidget>

#include <memory>
#include <optional>

class QLabel;
class QTabBar;
class QLineEdit;
class QToolButton;

namespace spg::ui {

class HexView;

class HexPanel : public QWidget {
    Q_OBJECT

public:
    explicit HexPanel(QWidget* parent = nullptr);

    HexView* view() const { return m_view; }
    void setSource(std::shared_ptr<HexSource> source, const QString& title);

    // Several sources (the selected sockets): one tab each, shown when there is more than one.
    struct NamedSource {
        QString title;
        std::shared_ptr<HexSource> source;
        qint64 key = -1; // The caller's id for it (a socket id).
    };
    void setSources(std::vector<NamedSource> sources, qint64 currentKey);
    qint64 currentKey() const;
    QTabBar* tabs() const { return m_tabs; }
    void refresh();

    // What the Find field accepts: hex bytes ("68 65 6c", "0x68,0x65", "68656c") or a quoted
    // string with C escapes ("\"hello\\r\\n\""). `error` is empty on success.
    struct Needle {
        QByteArray bytes;
        QString error;
    };
    static Needle parseNeedle(const QString& text);
    // Decimal or 0x-prefixed hex; nothing when the text is neither.
    static std::optional<quint64> parseOffset(const QString& text);

protected:
    void changeEvent(QEvent* event) override;

private:
    void findNext();
    void goToTypedOffset();
    void updateCounts();
    void showError(const QString& message);

    void showTab(int index);

    HexView* m_view = nullptr;
    QTabBar* m_tabs = nullptr;
    std::vector<NamedSource> m_sources;
    QLabel* m_title = nullptr;
    QLineEdit* m_find = nullptr;
    QLineEdit* m_goTo = nullptr;
    QLabel* m_error = nullptr;
    QLabel* m_counts = nullptr;
    QToolButton* m_follow = nullptr;
};

} // namespace spg::ui
