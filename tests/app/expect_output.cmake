# Runs COMMAND (a list); passes when it exits with 0 and its standard output, without the
# surrounding white space, matches EXPECTED.
execute_process(COMMAND ${COMMAND} RESULT_VARIABLE result OUTPUT_VARIABLE output
    ERROR_VARIABLE errors OUTPUT_STRIP_TRAILING_WHITESPACE)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "${COMMAND} exited with ${result}\n${output}${errors}")
endif()
if(NOT output MATCHES "${EXPECTED}")
    message(FATAL_ERROR "${COMMAND} printed:\n${output}\nexpected to match: ${EXPECTED}")
endif()
