context.get('userProperties').setProperty('name', 'Tag')
context.get('userProperties').setProperty('attributes', 'labels:array:date')
return true
