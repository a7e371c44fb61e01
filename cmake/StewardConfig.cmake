# Every Steward target links steward_config: one place for the language level, the warning
# set, Qt's strictness switches and the hardening flags a security tool ships with.
add_library(steward_config INTERFACE)
target_compile_features(steward_config INTERFACE cxx_std_20)
set(CMAKE_CXX_EXTENSIONS OFF)
set(CMAKE_POSITION_INDEPENDENT_CODE ON)

target_compile_definitions(steward_config INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_NO_FOREACH
    QT_USE_QSTRINGBUILDER
    QT_STRICT_ITERATORS
    QT_DISABLE_DEPRECATED_BEFORE=0x060400
    STEWARD_VERSION="${PROJECT_VERSION}")

if(CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
    target_compile_options(steward_config INTERFACE
        -Wall -Wextra -Wpedantic
        -Wcast-align -Wformat=2 -Werror=format-security
        -Wnon-virtual-dtor -Woverloaded-virtual -Wold-style-cast
        -Wundef -Wpointer-arith -Wimplicit-fallthrough
        $<IF:$<CXX_COMPILER_ID:GNU>,-Wshadow=local,-Wshadow-uncaptured-local>
        -fstack-protector-strong -fstack-clash-protection
        -fvisibility=hidden -fvisibility-inlines-hidden)
    # Fortify needs optimisation; Debug builds get the libstdc++ assertions instead.
    target_compile_options(steward_config INTERFACE
        $<$<NOT:$<CONFIG:Debug>>:-U_FORTIFY_SOURCE -D_FORTIFY_SOURCE=3>
        $<$<CONFIG:Debug>:-D_GLIBCXX_ASSERTIONS>)
    target_link_options(steward_config INTERFACE -Wl,-z,relro -Wl,-z,now -Wl,-z,noexecstack -Wl,--as-needed)
    if(STEWARD_WARNINGS_AS_ERRORS)
        target_compile_options(steward_config INTERFACE -Werror)
    endif()
    if(STEWARD_SANITIZERS)
        target_compile_options(steward_config INTERFACE -fsanitize=address,undefined -fno-omit-frame-pointer)
        target_link_options(steward_config INTERFACE -fsanitize=address,undefined)
    endif()
    if(STEWARD_FUZZ)
        # Everything the parsers reach is instrumented for coverage; fuzz/ links the fuzzer's main.
        target_compile_options(steward_config INTERFACE -fsanitize=fuzzer-no-link,address,undefined
                               -fno-sanitize-recover=undefined -fno-omit-frame-pointer)
        target_link_options(steward_config INTERFACE -fsanitize=address,undefined)
    endif()
elseif(MSVC)
    target_compile_options(steward_config INTERFACE /W4 /permissive- /utf-8 /guard:cf /Zc:__cplusplus)
    target_link_options(steward_config INTERFACE /GUARD:CF /DYNAMICBASE /HIGHENTROPYVA)
    if(STEWARD_WARNINGS_AS_ERRORS)
        target_compile_options(steward_config INTERFACE /WX)
    endif()
endif()

# Qt's headers are most of every translation unit's compile time on 2 cores; precompiling the
# ones nearly every file includes roughly halves a fresh build (measured in the README).
option(STEWARD_PRECOMPILED_HEADERS "Precompile the Qt headers most sources include" ON)
function(steward_precompile_headers target)
    if(STEWARD_PRECOMPILED_HEADERS)
        target_precompile_headers(${target} PRIVATE ${ARGN})
    endif()
endfunction()
