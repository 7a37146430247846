# Runs `APP --help-man` and writes what it prints to OUT (cmake -P script, called by the
# build in app/CMakeLists.txt). A failure stops the build rather than leave a stale page.
execute_process(COMMAND ${APP} --help-man OUTPUT_FILE ${OUT}.tmp RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
    file(REMOVE ${OUT}.tmp)
    message(FATAL_ERROR "${APP} --help-man failed: ${rc}")
endif()
file(RENAME ${OUT}.tmp ${OUT})
