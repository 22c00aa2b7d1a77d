# Concatenates the design tokens (custom properties) and our stylesheet into one file.
if(NOT EXISTS "${TOKENS}")
  message(FATAL_ERROR "design tokens not found at ${TOKENS}: run 'npm ci' first (scripts/setup does)")
endif()
file(READ "${TOKENS}" tokens)
file(READ "${APP}" app)
file(WRITE "${OUT}" "/* @digital-go-jp/design-tokens */\n${tokens}\n/* Tsunagu */\n${app}")
