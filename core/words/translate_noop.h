// Marks English text in the core for the translation tools without bringing in any GUI
// library or its names: SPG_TR_NOOP(context, text) is the text itself. lupdate is told to
// read it as its own marker (-tr-function-alias in ui/CMakeLists.txt), and the UI translates
// the text when it shows it. Any thread.
#pragma once

#define SPG_TR_NOOP(context, text) text
