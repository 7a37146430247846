# The Debian package (cpack -G DEB, run by scripts/package): what cmake/Install.cmake
# installs, under /usr, with Depends worked out by dpkg-shlibdeps (needs dpkg-dev) and
# maintainer scripts that refresh the desktop's MIME, menu and icon caches, and the license
# as Debian's machine-readable copyright file.
include(GNUInstallDirs)

# /usr/share/doc/socket-playground/copyright in the DEP-5 format, made from LICENSE: its
# "Copyright (c) ..." line becomes the Copyright field, the paragraphs after it the
# license text (each line indented by one space, an empty line written " .").
file(READ ${PROJECT_SOURCE_DIR}/LICENSE spg_license)
if(NOT spg_license MATCHES "\nCopyright \\(c\\) ([^\n]+)\n\n(.+[^\n])\n*$")
    message(FATAL_ERROR "LICENSE has no \"Copyright (c) ...\" line followed by the license text")
endif()
set(SPG_COPYRIGHT "${CMAKE_MATCH_1}")
string(REPLACE "\n\n" "\n.\n" spg_license_body "${CMAKE_MATCH_2}")
string(REPLACE "\n" "\n " SPG_LICENSE_BODY " ${spg_license_body}")
configure_file(${PROJECT_SOURCE_DIR}/cmake/debian/copyright.in ${PROJECT_BINARY_DIR}/copyright @ONLY)
install(FILES ${PROJECT_BINARY_DIR}/copyright DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/socket-playground)

set(CPACK_PACKAGE_NAME socket-playground)
set(CPACK_PACKAGE_VENDOR "Socket Playground")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY
    "make raw socket calls one at a time and see what the kernel does")
set(CPACK_PACKAGE_DESCRIPTION
    "Socket Playground is a desktop application for people who learn, teach and debug
POSIX sockets. Each call (socket, bind, listen, connect, send, recv, poll, epoll...)
runs for real and the window shows the kernel's answer: return values, errno, TCP
states, queues and bytes. Scenario files (.spg) replay lessons; they also run headless.")
# No contact address exists yet; dpkg needs the field, so this names the project only.
set(CPACK_PACKAGE_CONTACT "Socket Playground maintainers")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
set(CPACK_RESOURCE_FILE_LICENSE ${PROJECT_SOURCE_DIR}/LICENSE)

set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION net)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# Not linked, so dpkg-shlibdeps cannot see them: Qt's platform plugins (the window needs
# xcb or wayland) and a font with every glyph the window draws.
set(CPACK_DEBIAN_PACKAGE_DEPENDS "qt6-qpa-plugins")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "fonts-dejavu-core")
set(CPACK_DEBIAN_PACKAGE_CONTROL_EXTRA
    ${PROJECT_SOURCE_DIR}/cmake/debian/postinst ${PROJECT_SOURCE_DIR}/cmake/debian/postrm)
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION TRUE)

include(CPack)
