"""Vietnamese formats for this project (FORMAT_MODULE_PATH), replacing Django's own.

Django's Vietnamese DATE_FORMAT writes "Ngày 5 tháng 2 năm 2026", against Decree 30/2020/NĐ-CP (a day
below 10 and the months January and February take a leading zero: "ngày 05 tháng 02 năm 2026"), which a date
format string cannot express. So lists and forms write dates as dd/mm/yyyy, and the long form of a document
is written by `lms.text.vietnamese_date` where it is wanted (a document, a legal citation).
"""

DATE_FORMAT = "d/m/Y"
SHORT_DATE_FORMAT = "d/m/Y"
DATETIME_FORMAT = "d/m/Y H:i"
SHORT_DATETIME_FORMAT = "d/m/Y H:i"
TIME_FORMAT = "H:i"
YEAR_MONTH_FORMAT = "m/Y"
MONTH_DAY_FORMAT = "d/m"
FIRST_DAY_OF_WEEK = 1  # Monday

# dd/mm/yyyy first; ISO still read (API clients, the browser's own date fields).
DATE_INPUT_FORMATS = ["%d/%m/%Y", "%d-%m-%Y", "%d/%m/%y", "%Y-%m-%d"]
DATETIME_INPUT_FORMATS = [
    "%d/%m/%Y %H:%M",
    "%d/%m/%Y %H:%M:%S",
    "%d/%m/%Y",
    "%Y-%m-%d %H:%M:%S",
    "%Y-%m-%d %H:%M",
    "%Y-%m-%dT%H:%M",
    "%Y-%m-%d",
]
TIME_INPUT_FORMATS = ["%H:%M", "%H:%M:%S", "%Hh%M", "%Hh"]
DECIMAL_SEPARATOR = ","
THOUSAND_SEPARATOR = "."
