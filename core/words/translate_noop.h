// Marks English text in the core for Qt's translation tools without bringing Qt in, nor any
// of Qt's names: SPG_TR_NOOP(context, text) is the text itself, and lupdate reads it as
// QT_TRANSLATE_NOOP (-tr-function-alias in ui/CMakeLists.txt). The UI translates it at
// display time with QCoreApplication::translate(context, text). Any thread.
#pragma once

#define SPG_TR_NOOP(context, text) text
