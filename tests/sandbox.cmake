# The HTML parser's sandbox (src/page/sandbox.c, htmlparse.c): the reader of
# the child's untrusted output fed broken buffers, the memory budget, a
# gumbo assertion, parses from several threads, no child left behind.
add_executable(test_sandbox ${ALOUD_TESTS}/test_sandbox.c)
target_include_directories(test_sandbox PRIVATE ${ALOUD_PRIVATE_INCLUDES})
target_compile_definitions(test_sandbox PRIVATE _POSIX_C_SOURCE=200809L _DEFAULT_SOURCE)
target_link_libraries(test_sandbox PRIVATE aloud_static Threads::Threads)
add_test(NAME sandbox COMMAND test_sandbox)
set_tests_properties(sandbox PROPERTIES LABELS "fast;sandbox" TIMEOUT 300)

# The shared library exports its API and nothing else (it once exported
# __assert_fail, overriding glibc's in every program that linked it).
add_test(NAME exports_only_api
  COMMAND ${Python3_EXECUTABLE} ${ALOUD_TESTS}/check_exports.py ${CMAKE_NM} $<TARGET_FILE:aloud>)
set_tests_properties(exports_only_api PROPERTIES LABELS "fast;sandbox")
