# Builds the DEB and the TGZ, then checks what a user would get: both binaries, the desktop
# file, the metainfo and the icon, and a steward-cli that runs from the unpacked package.
file(REMOVE_RECURSE "${BUILD_DIR}/_package-check")
file(MAKE_DIRECTORY "${BUILD_DIR}/_package-check")
execute_process(COMMAND "${CPACK}" -G "DEB;TGZ" -B "${BUILD_DIR}/_package-check"
                WORKING_DIRECTORY "${BUILD_DIR}" RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "cpack failed:\n${out}\n${err}")
endif()
file(GLOB debs "${BUILD_DIR}/_package-check/*.deb")
file(GLOB tgzs "${BUILD_DIR}/_package-check/*.tar.gz")
list(LENGTH debs deb_count)
list(LENGTH tgzs tgz_count)
if(NOT deb_count EQUAL 1 OR NOT tgz_count EQUAL 1)
    message(FATAL_ERROR "expected one .deb and one .tar.gz, found: ${debs} ${tgzs}")
endif()

execute_process(COMMAND dpkg-deb --field "${debs}" Package Depends RESULT_VARIABLE rc OUTPUT_VARIABLE fields)
if(NOT rc EQUAL 0 OR NOT fields MATCHES "steward" OR NOT fields MATCHES "libqt6sql6-sqlite")
    message(FATAL_ERROR "unexpected package fields:\n${fields}")
endif()
execute_process(COMMAND dpkg-deb --contents "${debs}" OUTPUT_VARIABLE contents)
foreach(expected
        "./usr/bin/steward\n" "./usr/bin/steward-cli\n"
        "./usr/share/applications/${APP_ID}.desktop"
        "./usr/share/metainfo/${APP_ID}.metainfo.xml"
        "./usr/share/icons/hicolor/scalable/apps/${APP_ID}.svg")
    if(NOT contents MATCHES "${expected}")
        message(FATAL_ERROR "the package lacks ${expected}:\n${contents}")
    endif()
endforeach()

set(root "${BUILD_DIR}/_package-check/root")
execute_process(COMMAND dpkg-deb -x "${debs}" "${root}" RESULT_VARIABLE rc)
execute_process(COMMAND "${root}/usr/bin/steward-cli" --version RESULT_VARIABLE rc OUTPUT_VARIABLE version)
if(NOT rc EQUAL 0 OR NOT version MATCHES "steward-cli [0-9]")
    message(FATAL_ERROR "the packaged steward-cli does not run: ${version}")
endif()
execute_process(COMMAND tar -tzf "${tgzs}" OUTPUT_VARIABLE tgz_contents)
if(NOT tgz_contents MATCHES "bin/steward-cli")
    message(FATAL_ERROR "the TGZ lacks steward-cli:\n${tgz_contents}")
endif()
message(STATUS "packages OK: ${debs} ${tgzs}")
