# cmake --install: the app and what makes it a desktop application, in the GNUInstallDirs
# places. Nothing here runs update-mime-database, update-desktop-database or
# gtk-update-icon-cache: a package does that in its postinst (cmake/debian/postinst).
include(GNUInstallDirs)

set(SPG_DESKTOP_SOURCES ${PROJECT_SOURCE_DIR}/resources/desktop)

if(APPLE)
    # The bundle holds everything a Mac needs (resources/macos/Info.plist.in).
    install(TARGETS socket-playground BUNDLE DESTINATION . RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
    return()
endif()

install(TARGETS socket-playground RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})

install(FILES ${SPG_DESKTOP_SOURCES}/${SPG_APP_ID}.desktop
        DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)

# The icon: the hand-written SVG and its committed renderings (icons/render.sh).
install(FILES ${SPG_DESKTOP_SOURCES}/icons/socket-playground.svg
        DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps)
foreach(size 16 32 48 64 128 256)
    install(FILES ${SPG_DESKTOP_SOURCES}/icons/socket-playground-${size}.png
            DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps
            RENAME socket-playground.png)
endforeach()

# .spg files as text/x-socket-playground-scenario.
install(FILES ${SPG_DESKTOP_SOURCES}/socket-playground-scenario.xml
        DESTINATION ${CMAKE_INSTALL_DATADIR}/mime/packages)

# AppStream: the version and its date come from the project.
configure_file(${SPG_DESKTOP_SOURCES}/${SPG_APP_ID}.metainfo.xml.in
               ${PROJECT_BINARY_DIR}/${SPG_APP_ID}.metainfo.xml @ONLY)
install(FILES ${PROJECT_BINARY_DIR}/${SPG_APP_ID}.metainfo.xml
        DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)

# socket-playground(1), written by the build from --help (app/CMakeLists.txt).
install(FILES ${SPG_MAN_PAGE} DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
