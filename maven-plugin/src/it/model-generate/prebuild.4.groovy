context.get('userProperties').remove('name')
context.get('userProperties').remove('attributes')
return true
