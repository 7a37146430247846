// View → Language: System, English, Español, 한국어. The choice is saved at once and takes
// effect when the app next starts (the window builds its texts once), which the menu says
// in both the current and the chosen language. GUI thread only.
#pragma once

#include <QMenu>

class QActionGroup;

namespace spg::ui {

class LanguageMenu : public QMenu {
    Q_OBJECT

public:
    explicit LanguageMenu(QWidget* parent = nullptr);

    // The sentence shown after a change, in the language `code` ("en", "es", "ko").
    static QString restartMessage(const QString& code, const QString& chosenName);

signals:
    // The saved choice changed ("system", "en", "es", "ko").
    void languageChosen(const QString& code);

private:
    void choose(const QString& code, const QString& name);

    QActionGroup* m_group;
};

} // namespace spg::ui
