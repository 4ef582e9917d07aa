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

# Every block ends as a sentence: no spoken "dot" on any fixture page.
# What it checks is espeak-ng's reading of our SSML, the same in every
# build: a sanitizer build checks every third page (memory errors on the
# others are the golden tests' to find), which keeps CI within its limit.
if(ALOUD_SANITIZE)
  set(ALOUD_ENDS_EVERY 3)
else()
  set(ALOUD_ENDS_EVERY 1)
endif()
add_test(NAME speech_block_ends
         COMMAND ${Python3_EXECUTABLE} ${ALOUD_TESTS}/test_speech_ends.py ${ALOUD_BIN} ${ALOUD_TESTS}
                 --every ${ALOUD_ENDS_EVERY})
# The pause hierarchy and heading pitch hold in the exported WAV, for each voice we ship.
foreach(voice narrator newsreader brisk)
  add_test(NAME speech_prosody.${voice}
           COMMAND ${Python3_EXECUTABLE} ${PROJECT_SOURCE_DIR}/bench/pauses.py ${ALOUD_BIN}
                   $<TARGET_FILE:prosody> ${ALOUD_TESTS}/speech/en-prosody.html --voice ${voice} --check)
endforeach()
set_tests_properties(speech_block_ends PROPERTIES TIMEOUT 1200 LABELS slow)
# Structure is heard: list numbers, quote cues and attribution, column names, a French passage.
add_test(NAME speech_structure
         COMMAND ${Python3_EXECUTABLE} ${ALOUD_TESTS}/test_speech_structure.py ${ALOUD_BIN} ${ALOUD_TESTS})
