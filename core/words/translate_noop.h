// Marks English text in the core for Qt's translation tools without bringing Qt in: lupdate
// finds QT_TRANSLATE_NOOP(context, text) by name, and here it is the text itself. The UI
// translates it at display time with QCoreApplication::translate(context, text). Any thread.
#pragma once

#ifndef QT_TRANSLATE_NOOP
#define QT_TRANSLATE_NOOP(context, text) text
#endif
