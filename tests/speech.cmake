# Speech: voices, speech text, WAV export with chapters (issue 3).
# A C harness (public speech API plus white-box checks of the private
# modules) and CLI behaviour tests that read the WAV files back with sox,
# ffprobe and a RIFF parser.
add_executable(test_speech_api ${ALOUD_TESTS}/test_speech_api.c)
target_link_libraries(test_speech_api PRIVATE aloud_static)
target_include_directories(test_speech_api PRIVATE ${ALOUD_PRIVATE_INCLUDES})
target_compile_definitions(test_speech_api PRIVATE _POSIX_C_SOURCE=200809L _DEFAULT_SOURCE)
add_test(NAME speech_api COMMAND test_speech_api ${ALOUD_TESTS}/speech)

add_test(NAME speech_export
         COMMAND ${Python3_EXECUTABLE} ${ALOUD_TESTS}/test_export.py ${ALOUD_BIN}
                 $<TARGET_FILE:test_speech_api>)
set_tests_properties(speech_api speech_export PROPERTIES TIMEOUT 300)
